global using Conflict.Grpc;
global using Method = Conflict.Reconciliation.V1.Method;
