using Conflict.Claims;
using Conflict.ServiceDefaults;

var builder = ConflictHost.CreateBuilder(args);
builder.AddConflictDefaults();
builder.AddClaimsService();
var app = builder.Build();
app.MapConflictDefaults();
app.MapClaimsService();
app.Run();
