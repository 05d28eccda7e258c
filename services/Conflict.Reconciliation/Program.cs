using Conflict.Reconciliation;
using Conflict.ServiceDefaults;

var builder = ConflictHost.CreateBuilder(args);
builder.AddConflictDefaults();
builder.AddReconciliationService();
var app = builder.Build();
app.MapConflictDefaults();
app.MapReconciliationService();
app.Run();
