using Conflict.Claims;
using Conflict.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddConflictDefaults();
builder.AddClaimsService();
var app = builder.Build();
app.MapConflictDefaults();
app.MapClaimsService();
app.Run();
