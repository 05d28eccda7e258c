using Conflict.Claims;
using Conflict.Grpc;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddGrpcLayer();
builder.AddClaimsService();
var app = builder.Build();
app.MapClaimsService();
app.Run();
