global using Grpc.Core;
global using Method = Conflict.Reconciliation.V1.Method;
