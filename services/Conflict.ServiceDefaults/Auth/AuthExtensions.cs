using Conflict.Client.Auth;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Conflict.ServiceDefaults.Auth;

/// <summary>Bearer-token authentication (ASP.NET Core JwtBearer) and the suite's three policies.</summary>
public static class AuthExtensions
{
    /// <summary>The <c>HttpContext.Items</c> key of why a presented token was rejected.</summary>
    internal const string TokenFailureItem = "conflict.auth.token-failure";

    internal static string? TokenFailure(this Microsoft.AspNetCore.Http.HttpContext http) => http.Items[TokenFailureItem] as string;

    /// <summary>
    /// Validates <c>Authorization: Bearer</c> tokens signed with the suite's key (<see cref="AuthOptions"/>), defines
    /// <see cref="ConflictPolicies"/>, answers refusals in the caller's protocol, and gives this service its own
    /// <see cref="ServiceIdentity"/> for calls to the others. A key that is set but unusable stops the start.
    /// </summary>
    public static WebApplicationBuilder AddConflictAuth(this WebApplicationBuilder builder, string serviceName)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<AuthOptions>().Bind(builder.Configuration.GetSection(AuthOptions.Section))
            .Validate(KeyIsUsable, "Auth:SigningKey (or the file Auth:SigningKeyFile names) must be base64 of at least 32 bytes.")
            .ValidateOnStart();
        services.AddSingleton<SigningKeyHolder>();
        services.AddSingleton(sp => new ServiceIdentity(serviceName, sp.GetRequiredService<SigningKeyHolder>()));
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<SigningKeyHolder>((jwt, key) =>
        {
            jwt.MapInboundClaims = false;
            jwt.RequireHttpsMetadata = false;
            jwt.TokenValidationParameters = ConflictTokens.ValidationParameters(key.Key);
            // The authentication middleware keeps no trace of a rejected token; remember why, for the refusal.
            jwt.Events = new JwtBearerEvents
            {
                OnAuthenticationFailed = failed =>
                {
                    failed.HttpContext.Items[TokenFailureItem] = failed.Exception.Message;
                    return Task.CompletedTask;
                },
            };
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(ConflictPolicies.Read, p => p.AddRequirements(new ReadAccessRequirement()))
            .AddPolicy(ConflictPolicies.Write, p => p.RequireRole(ConflictRoles.Granting(ConflictRoles.Writer)))
            .AddPolicy(ConflictPolicies.Admin, p => p.RequireRole(ConflictRoles.Granting(ConflictRoles.Admin)));
        services.AddSingleton<IAuthorizationHandler, ReadAccessHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuthorizationFailureWriter>();
        return builder;
    }

    private static bool KeyIsUsable(AuthOptions options)
    {
        try
        {
            return options.LoadSigningKey() is not { } key || ConflictTokens.ParseKey(key) is not null;
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or IOException)
        {
            return false;
        }
    }
}
