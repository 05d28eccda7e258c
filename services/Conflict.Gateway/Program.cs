using Conflict.Gateway;
using Conflict.ServiceDefaults;

var builder = ConflictHost.CreateBuilder(args);
builder.AddConflictDefaults(o => o.Http2Only = false); // logging; HTTP/1.1 (and HTTP/2 over TLS) for browsers
builder.AddGateway();
var app = builder.Build();
app.MapGateway();
app.Run();
