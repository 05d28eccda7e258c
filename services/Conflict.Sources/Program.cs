using Conflict.ServiceDefaults;
using Conflict.Sources;

var builder = WebApplication.CreateBuilder(args);
builder.AddConflictDefaults();
builder.AddSourcesService();
var app = builder.Build();
app.MapConflictDefaults();
app.MapSourcesService();
app.Run();
