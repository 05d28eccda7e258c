using Conflict.Grpc;
using Grpc.Health.V1;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using ProtoServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;
using V1 = Grpc.Reflection.V1;
using V1Alpha = Grpc.Reflection.V1Alpha;

namespace Conflict.Interop.Server;

/// <summary>
/// Health and reflection for the interop server. Temporary: ServiceDefaults' AddConflictDefaults /
/// MapConflictDefaults will provide both; until then the interop server maps its own.
/// </summary>
internal static class InteropDefaults
{
    public static void Add(WebApplicationBuilder builder, params ProtoServiceDescriptor[] services)
    {
        ProtoServiceDescriptor[] own = [HealthClient.Descriptor, V1Alpha.ServerReflectionClient.Descriptor, V1.ServerReflectionClient.Descriptor];
        builder.Services.AddSingleton(new ServiceCatalog([.. services, .. own]));
    }

    public static void Map(WebApplication app)
    {
        app.MapGrpcService<HealthServiceImpl>(HealthClient.Descriptor);
        app.MapGrpcService<ReflectionV1AlphaImpl>(V1Alpha.ServerReflectionClient.Descriptor);
        app.MapGrpcService<ReflectionV1Impl>(V1.ServerReflectionClient.Descriptor);
    }
}
