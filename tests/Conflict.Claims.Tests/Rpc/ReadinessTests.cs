using Conflict.Sources;
using Conflict.Testing;
using Grpc.Core;
using Grpc.Health.V1;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace Conflict.Claims.Tests.Rpc;

/// <summary>Claims is ready only while Sources answers: NOT_SERVING within seconds of losing it, SERVING once it is back.</summary>
public sealed class ReadinessTests : IDisposable
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(10);
    private readonly ServiceHost<SourcesServiceMarker> _sources = new();
    private readonly ServiceHost<ClaimsServiceMarker> _claims = new();

    public void Dispose()
    {
        _claims.Dispose();
        _sources.Dispose();
    }

    [Fact]
    public async Task Health_SourcesStoppedThenBack_NotServingThenServingWithoutRestart()
    {
        // Arrange
        _claims.UseSetting("Services:Sources", _sources.Address.ToString());
        var health = new Grpc.Health.V1.Health.HealthClient(_claims.CreateChannel());
        using var cancel = new CancellationTokenSource(Within * 3);
        using var watch = health.Watch(new HealthCheckRequest(), cancellationToken: cancel.Token);
        var ready = await NextOtherThanAsync(watch, ServingStatus.NotServing, cancel.Token); // NOT_SERVING until the checks first ran
        var before = await StatusAsync(health);

        // Act
        _sources.Stop();
        var down = await NextOtherThanAsync(watch, ServingStatus.Serving, cancel.Token);
        var checkedDown = await StatusAsync(health);
        _sources.RestartOnSamePort();
        var up = await NextOtherThanAsync(watch, ServingStatus.NotServing, cancel.Token);

        // Assert
        Assert.Equal(ServingStatus.Serving, ready);
        Assert.Equal(ServingStatus.Serving, before);
        Assert.Equal(ServingStatus.NotServing, down);
        Assert.Equal(ServingStatus.NotServing, checkedDown);
        Assert.Equal(ServingStatus.Serving, up);
    }

    private static async Task<ServingStatus> StatusAsync(Grpc.Health.V1.Health.HealthClient health) =>
        (await health.CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow + Within)).Status;

    /// <summary>The first status the watch streams that differs from <paramref name="current"/>.</summary>
    private static async Task<ServingStatus> NextOtherThanAsync(AsyncServerStreamingCall<HealthCheckResponse> watch, ServingStatus current, CancellationToken ct)
    {
        while (await watch.ResponseStream.MoveNext(ct))
        {
            if (watch.ResponseStream.Current.Status != current)
            {
                return watch.ResponseStream.Current.Status;
            }
        }
        throw new InvalidOperationException("The watch ended.");
    }
}
