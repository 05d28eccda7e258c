using Conflict.Grpc;
using Conflict.Sources;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddGrpcLayer();
builder.AddSourcesService();
var app = builder.Build();
app.MapSourcesService();
app.Run();
