using Google.Protobuf.Reflection;
using V1 = Grpc.Reflection.V1;
using V1Alpha = Grpc.Reflection.V1Alpha;

namespace Conflict.ServiceDefaults.Tests;

public sealed class ReflectionTests(DefaultsFixture fixture) : IClassFixture<DefaultsFixture>
{
    [Fact]
    public async Task ListServices_ListsEveryMappedService()
    {
        // Act
        var response = await AskAsync(new V1.ServerReflectionRequest { ListServices = "" });
        // Assert
        var names = response.ListServicesResponse.Service.Select(s => s.Name).ToList();
        Assert.Contains("conflict.grpctest.v1.TestService", names);
        Assert.Contains("grpc.health.v1.Health", names);
        Assert.Contains("grpc.reflection.v1.ServerReflection", names);
        Assert.Contains("grpc.reflection.v1alpha.ServerReflection", names);
    }

    [Theory]
    [InlineData("conflict.grpctest.v1.TestService")]
    [InlineData("conflict.grpctest.v1.TestService.Echo")]
    [InlineData("conflict.grpctest.v1.EchoRequest")]
    public async Task FileContainingSymbol_KnownSymbol_ReturnsItsFile(string symbol)
    {
        // Act
        var response = await AskAsync(new V1.ServerReflectionRequest { FileContainingSymbol = symbol });
        // Assert
        var files = response.FileDescriptorResponse.FileDescriptorProto.Select(FileDescriptorProto.Parser.ParseFrom).ToList();
        Assert.Equal("Protos/test_service.proto", files[0].Name);
        Assert.Contains(files[0].Service, s => s.Name == "TestService");
    }

    [Fact]
    public async Task FileContainingSymbol_FileWithImports_ReturnsTransitiveDependencies()
    {
        // Act
        var response = await AskAsync(new V1.ServerReflectionRequest { FileContainingSymbol = "conflict.grpctest.v1.EchoResponse" });
        // Assert
        var names = response.FileDescriptorResponse.FileDescriptorProto.Select(b => FileDescriptorProto.Parser.ParseFrom(b).Name).ToList();
        Assert.Equal(["Protos/test_service.proto", "google/protobuf/timestamp.proto"], names);
    }

    [Fact]
    public async Task FileByFilename_KnownFile_ReturnsIt()
    {
        // Act
        var file = Grpc.Health.V1.HealthReflection.Descriptor.Name;
        var response = await AskAsync(new V1.ServerReflectionRequest { FileByFilename = file });
        // Assert
        Assert.Equal(file, FileDescriptorProto.Parser.ParseFrom(response.FileDescriptorResponse.FileDescriptorProto[0]).Name);
    }

    [Fact]
    public async Task FileContainingSymbol_UnknownSymbol_AnswersNotFoundError()
    {
        // Act
        var response = await AskAsync(new V1.ServerReflectionRequest { FileContainingSymbol = "no.such.Thing" });
        // Assert
        Assert.Equal((int)StatusCode.NotFound, response.ErrorResponse.ErrorCode);
    }

    [Fact]
    public async Task V1Alpha_ListServices_AnswersLikeV1()
    {
        // Arrange
        var client = new V1Alpha.ServerReflection.ServerReflectionClient(fixture.Server.CreateChannel());
        using var call = client.ServerReflectionInfo();
        // Act
        await call.RequestStream.WriteAsync(new V1Alpha.ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext());
        // Assert
        Assert.Contains(call.ResponseStream.Current.ListServicesResponse.Service, s => s.Name == "conflict.grpctest.v1.TestService");
    }

    private async Task<V1.ServerReflectionResponse> AskAsync(V1.ServerReflectionRequest request)
    {
        var client = new V1.ServerReflection.ServerReflectionClient(fixture.Server.CreateChannel());
        using var call = client.ServerReflectionInfo();
        await call.RequestStream.WriteAsync(request);
        Assert.True(await call.ResponseStream.MoveNext());
        var response = call.ResponseStream.Current;
        await call.RequestStream.CompleteAsync();
        Assert.False(await call.ResponseStream.MoveNext());
        return response;
    }
}
