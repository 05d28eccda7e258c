using Conflict.Reconciliation;
using Conflict.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddConflictDefaults();
builder.AddReconciliation();
var app = builder.Build();
app.MapConflictDefaults();
app.MapReconciliation();
app.Run();
