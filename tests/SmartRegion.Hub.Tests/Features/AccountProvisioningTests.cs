using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.TestKit;

namespace SmartRegion.Hub.Tests.Features;

/// <summary>The Hub's public seam for opening accounts and granting roles without an admin at the keyboard.</summary>
public sealed class AccountProvisioningTests(SmartRegionHost host) : IntegrationTest<SmartRegionHost>(host), IClassFixture<SmartRegionHost>
{
    [Fact]
    public async Task a_provisioned_staff_member_signs_in_and_reaches_the_role_list_of_their_municipality_only()
    {
        await People.CreateAsync(Host, "erika@beispiel.de", roles: (HubRoles.MunicipalityAdmin, Personas.Hoechberg));

        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await People.SignInAsync(Client, "erika@beispiel.de")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await Client.GetAsync(new Uri("/api/hub/role-assignments?municipality=" + Personas.Hoechberg, UriKind.Relative))).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await Client.GetAsync(new Uri("/api/hub/role-assignments?municipality=" + Personas.Rimpar, UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task a_taken_address_a_short_password_an_unknown_role_or_a_misfitting_scope_are_refused_with_a_reason()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<IAccountProvisioning>();
        var erika = await accounts.CreateAsync(new NewAccount("erika@beispiel.de", People.Password, "Erika"), CancellationToken.None);

        await Assert.ThrowsAsync<ArgumentException>(() => accounts.CreateAsync(new NewAccount("erika@beispiel.de", People.Password, "Erika"), CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => accounts.CreateAsync(new NewAccount("max@beispiel.de", "kurz", "Max"), CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => accounts.GrantAsync(erika, "king", null, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => accounts.GrantAsync(erika, HubRoles.Staff, null, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => accounts.GrantAsync(erika, HubRoles.RegionAdmin, Personas.Hoechberg, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => accounts.GrantAsync(new PersonId(Guid.NewGuid()), HubRoles.RegionAdmin, null, CancellationToken.None));
        Assert.Null(await accounts.FindAsync("max@beispiel.de", CancellationToken.None));
    }

    [Fact]
    public async Task granting_a_role_twice_changes_nothing()
    {
        var erika = await People.CreateAsync(Host, "erika@beispiel.de", roles: (HubRoles.Staff, Personas.Hoechberg));
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IAccountProvisioning>().GrantAsync(new PersonId(erika.Id), HubRoles.Staff, Personas.Hoechberg, CancellationToken.None);
        }

        await using var read = Host.Services.CreateAsyncScope();
        Assert.Single(read.ServiceProvider.GetRequiredService<HubDb>().RoleAssignments.Where(r => r.PersonId == erika.Id));
    }
}
