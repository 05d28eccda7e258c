using System.Reflection;
using Google.Protobuf.Reflection;
using Microsoft.AspNetCore.Http;

namespace Conflict.Grpc.Server;

/// <summary>
/// Matches every method of a service descriptor to a public method of the implementation by name and shape,
/// and builds its request delegate once (open-instance delegates: no reflection per call).
/// </summary>
internal static class ServiceBinder
{
    public static IReadOnlyList<(string Path, RequestDelegate Handler)> Bind<TService>(ServiceDescriptor descriptor, ServerMethodOptions options, IServiceProvider root)
        where TService : class
    {
        var activator = new ServiceActivator<TService>(root);
        var bound = new List<(string, RequestDelegate)>();
        var problems = new List<string>();
        foreach (var method in descriptor.Methods)
        {
            var implementation = FindImplementation(typeof(TService), method, out var problem);
            if (implementation is null)
            {
                problems.Add(problem!);
                continue;
            }
            var path = $"/{descriptor.FullName}/{method.Name}";
            bound.Add((path, CreateHandler<TService>(method, options, activator, path, implementation)));
        }
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(
                $"{typeof(TService).FullName} cannot serve {descriptor.FullName}:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", problems));
        }
        return bound;
    }

    private static MethodInfo? FindImplementation(Type service, MethodDescriptor method, out string? problem)
    {
        var (returnType, parameters) = ExpectedShape(method);
        var expected = $"public {TypeName(returnType)} {method.Name}({string.Join(", ", parameters.Select(TypeName))})";
        var candidates = service.GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(m => m.Name == method.Name).ToList();
        var match = candidates.FirstOrDefault(m => m.ReturnType == returnType && m.GetParameters().Select(p => p.ParameterType).SequenceEqual(parameters));
        problem = match is not null ? null
            : candidates.Count == 0 ? $"method {method.Name} is missing; expected {expected}"
            : $"method {method.Name} has the wrong shape ({Describe(candidates[0])}); expected {expected}";
        return match;
    }

    private static (Type ReturnType, Type[] Parameters) ExpectedShape(MethodDescriptor method)
    {
        var request = method.InputType.ClrType;
        var response = method.OutputType.ClrType;
        var context = typeof(ServerCallContext);
        var reader = typeof(IAsyncStreamReader<>).MakeGenericType(request);
        var writer = typeof(IServerStreamWriter<>).MakeGenericType(response);
        var single = typeof(Task<>).MakeGenericType(response);
        return (method.IsClientStreaming, method.IsServerStreaming) switch
        {
            (false, false) => (single, [request, context]),
            (false, true) => (typeof(Task), [request, writer, context]),
            (true, false) => (single, [reader, context]),
            _ => (typeof(Task), [reader, writer, context]),
        };
    }

    private static RequestDelegate CreateHandler<TService>(MethodDescriptor method, ServerMethodOptions options, ServiceActivator<TService> activator, string path, MethodInfo implementation)
        where TService : class
    {
        var kind = (method.IsClientStreaming, method.IsServerStreaming) switch
        {
            (false, false) => typeof(UnaryMethodHandler<,,>),
            (false, true) => typeof(ServerStreamingMethodHandler<,,>),
            (true, false) => typeof(ClientStreamingMethodHandler<,,>),
            _ => typeof(DuplexStreamingMethodHandler<,,>),
        };
        var type = kind.MakeGenericType(typeof(TService), method.InputType.ClrType, method.OutputType.ClrType);
        var handler = Activator.CreateInstance(type, options, activator, path, implementation)!;
        return type.GetMethod("HandleAsync")!.CreateDelegate<RequestDelegate>(handler);
    }

    private static string Describe(MethodInfo method) =>
        $"{TypeName(method.ReturnType)} {method.Name}({string.Join(", ", method.GetParameters().Select(p => TypeName(p.ParameterType)))})";

    private static string TypeName(Type type) => type.IsGenericType
        ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(TypeName))}>"
        : type.Name;
}
