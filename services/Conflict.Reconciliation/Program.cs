using Conflict.Reconciliation;
using Conflict.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddConflictDefaults();
builder.AddReconciliationService();
var app = builder.Build();
app.MapConflictDefaults();
app.MapReconciliationService();
app.Run();
