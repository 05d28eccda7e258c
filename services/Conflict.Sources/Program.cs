using Conflict.ServiceDefaults;
using Conflict.Sources;

var builder = ConflictHost.CreateBuilder(args);
builder.AddConflictDefaults();
builder.AddSourcesService();
var app = builder.Build();
app.MapConflictDefaults();
app.MapSourcesService();
app.Run();
