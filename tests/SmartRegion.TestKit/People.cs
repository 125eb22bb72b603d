using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Hub.Contracts.People;
using Xunit;

namespace SmartRegion.TestKit;

/// <summary>A person a test opened an account for.</summary>
/// <param name="Id">The Hub's id of the person (what <c>sub</c> and <c>PersonId</c> carry).</param>
/// <param name="Email">The address they sign in with.</param>
public sealed record TestPerson(Guid Id, string Email);

/// <summary>
/// Opens accounts for tests through the Hub's public <see cref="IAccountProvisioning"/> (the same account store and password
/// rules as registration) and signs people in through the real sign-in form. For the named people of the region, see <see cref="Personas"/>.
/// </summary>
public static class People
{
    /// <summary>Every test person's password; long enough for the platform's rules.</summary>
    public const string Password = "ein langes Passwort 2026";

    /// <summary>
    /// Opens an account with the given roles (<c>HubRoles</c> names, each with its municipality's AGS or null for region admins).
    /// The shown name is the address's local part. Fails when the address is taken.
    /// </summary>
    public static async Task<TestPerson> CreateAsync(SmartRegionHost host, string email, bool confirmed = true, params (string Role, string? Ags)[] roles)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(roles);
        await using var scope = host.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<IAccountProvisioning>();
        var id = await accounts.CreateAsync(new NewAccount(email, Password, email.Split('@')[0], confirmed), CancellationToken.None);
        await GrantAsync(accounts, id, roles);
        return new TestPerson(id.Value, email);
    }

    /// <summary>The person with this address, opening the account with the given roles first when there is none.</summary>
    public static async Task<TestPerson> EnsureAsync(SmartRegionHost host, string email, params (string Role, string? Ags)[] roles)
    {
        ArgumentNullException.ThrowIfNull(host);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            if (await scope.ServiceProvider.GetRequiredService<IAccountProvisioning>().FindAsync(email, CancellationToken.None) is { } existing)
            {
                return new TestPerson(existing.Value, email);
            }
        }

        return await CreateAsync(host, email, roles: roles);
    }

    /// <summary>Submits the real sign-in form; the client keeps the session cookie. The caller checks the answer.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password = Password, string url = "/anmelden")
    {
        var page = await HtmlPage.LoadAsync(client, url);
        return await page.SubmitAsync(client, "main form", new Dictionary<string, string>
        {
            ["Model.Email"] = email,
            ["Model.Password"] = password,
        });
    }

    /// <summary>Signs in through the form and checks that the sign-in succeeded (the form redirects onwards).</summary>
    public static async Task SignInSucceedsAsync(HttpClient client, string email, string password = Password)
    {
        using var response = await SignInAsync(client, email, password);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
    }

    private static async Task GrantAsync(IAccountProvisioning accounts, PersonId person, (string Role, string? Ags)[] roles)
    {
        foreach (var (role, ags) in roles)
        {
            await accounts.GrantAsync(person, role, ags, CancellationToken.None);
        }
    }
}
