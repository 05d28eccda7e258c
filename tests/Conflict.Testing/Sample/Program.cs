using Conflict.ServiceDefaults;
using Conflict.ServiceDefaults.Storage;
using Conflict.Testing.Sample;

var builder = WebApplication.CreateBuilder(args);
builder.AddConflictDefaults();
builder.AddConflictStorage("Sample", typeof(SampleServiceMarker).Assembly);
var app = builder.Build();
app.MapConflictDefaults();
app.Run();
