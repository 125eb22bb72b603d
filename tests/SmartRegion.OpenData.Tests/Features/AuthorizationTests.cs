using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.OpenData.Datasets;
using SmartRegion.TestKit;
using static SmartRegion.TestKit.Personas;

namespace SmartRegion.OpenData.Tests.Features;

/// <summary>
/// Who manages which datasets: staff and admins of the dataset's municipality and region admins; nobody else, and
/// Höchberg's staff never Rimpar's datasets. API cells are status codes; page cells are <c>200</c>, <c>login</c> or <c>403</c>.
/// </summary>
public sealed class AuthorizationTests(OpenDataHost host) : IntegrationTest<OpenDataHost>(host), IClassFixture<OpenDataHost>
{
    /// <summary>The column order of the matrix.</summary>
    private static readonly string[] All = [Anonymous, Resident, StaffHoechberg, StaffRimpar, ModeratorHoechberg, AdminHoechberg, RegionAdmin];

    //                                                              anon   resid  staffH staffR modH   admH   region
    private static readonly (string Endpoint, string Expected)[] Matrix =
    [
        ("GET /api/opendata/datasets",                              "401    403    200    200    403    200    200"),
        ("POST /api/opendata/datasets 09679147",                    "401    403    201    403    403    201    201"),
        ("POST /api/opendata/datasets 09679180",                    "401    403    403    201    403    403    201"),
        ("GET /api/opendata/datasets/{hoechberg}",                  "401    403    200    403    403    200    200"),
        ("GET /api/opendata/datasets/{rimpar}",                     "401    403    403    200    403    403    200"),
        ("PUT /api/opendata/datasets/{rimpar}",                     "401    403    403    200    403    403    200"),
        ("POST /api/opendata/datasets/{hoechberg}/distributions/links", "401    403    201    403    403    201    201"),
        ("POST /api/opendata/datasets/{rimpar}/distributions/links",    "401    403    403    201    403    403    201"),
        ("POST /api/opendata/datasets/{hoechberg}/publish",         "401    403    200    403    403    200    200"),
        ("POST /api/opendata/datasets/{rimpar}/publish",            "401    403    403    200    403    403    200"),
        ("POST /api/opendata/datasets/{published}/withdraw",        "401    403    403    200    403    403    200"),
        ("UPLOAD {rimpar}",                                         "401    403    403    201    403    403    201"),
        ("PAGE /verwaltung/daten",                                  "login  403    200    200    403    200    200"),
        ("PAGE /verwaltung/daten/neu",                              "login  403    200    200    403    200    200"),
        ("PAGE /verwaltung/daten/{hoechberg}",                      "login  403    200    403    403    200    200"),
        ("PAGE /verwaltung/daten/{rimpar}",                         "login  403    403    200    403    403    200"),
        ("PAGE /daten",                                             "200    200    200    200    200    200    200"),
        ("GET /api/opendata/tokens",                                "401    403    200    200    403    200    200"),
        ("POST /api/opendata/tokens 09679147",                      "401    403    201    403    403    201    201"),
        ("POST /api/opendata/tokens 09679180",                      "401    403    403    201    403    403    201"),
        ("DELETE /api/opendata/tokens/{token-hoechberg}",           "401    403    200    403    403    200    200"),
        ("DELETE /api/opendata/tokens/{token-rimpar}",              "401    403    403    200    403    403    200"),
        ("PAGE /verwaltung/daten/tokens",                           "login  403    200    200    403    200    200"),
    ];

    public static TheoryData<string, string, string> Cells()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (endpoint, expected) in Matrix)
        {
            var cells = expected.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(All.Length, cells.Length);
            for (var i = 0; i < All.Length; i++)
            {
                data.Add(endpoint, All[i], cells[i]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task each_persona_gets_the_expected_answer_from_each_catalogue_endpoint(string endpoint, string persona, string expected)
    {
        var ids = await ArrangeAsync();
        await SignInAsync(Host, Client, persona);
        var verb = endpoint[..endpoint.IndexOf(' ', StringComparison.Ordinal)];
        var parts = endpoint[(verb.Length + 1)..].Split(' ');
        var url = parts[0].Replace("{hoechberg}", ids.Hoechberg.ToString(), StringComparison.Ordinal)
            .Replace("{rimpar}", ids.Rimpar.ToString(), StringComparison.Ordinal)
            .Replace("{published}", ids.Published.ToString(), StringComparison.Ordinal)
            .Replace("{token-hoechberg}", ids.TokenHoechberg.ToString(), StringComparison.Ordinal)
            .Replace("{token-rimpar}", ids.TokenRimpar.ToString(), StringComparison.Ordinal);

        HttpResponseMessage response;
        if (verb == "UPLOAD")
        {
            response = await CatalogueApi.UploadAsync(Client, Guid.Parse(url), "daten.csv", "a;b\n1;2\n"u8.ToArray());
        }
        else
        {
            using var request = new HttpRequestMessage(verb == "PAGE" ? HttpMethod.Get : new HttpMethod(verb), new Uri(url, UriKind.Relative));
            request.Content = verb switch
            {
                "POST" when parts.Length > 1 && url.EndsWith("/tokens", StringComparison.Ordinal) => JsonContent.Create(new { municipalityAgs = parts[1], name = "Fachverfahren" }),
                "POST" when parts.Length > 1 => JsonContent.Create(CatalogueApi.Complete(parts[1])),
                "POST" when url.EndsWith("/links", StringComparison.Ordinal) => JsonContent.Create(new { title = "Karte", url = "https://example.org/karte" }),
                "PUT" => JsonContent.Create(CatalogueApi.Complete(Rimpar, "Geändert")),
                _ => null,
            };
            response = await Client.SendAsync(request);
        }

        using (response)
        {
            var actual = verb != "PAGE" || response.StatusCode != HttpStatusCode.Redirect
                ? ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture)
                : response.Headers.Location!.AbsolutePath switch
                {
                    "/anmelden" => "login",
                    "/fehler/403" => "403",
                    var other => "redirect " + other,
                };
            Assert.Equal(expected, actual);
        }
    }

    /// <summary>
    /// A complete draft in Höchberg and one in Rimpar (each with a link), a published dataset in Rimpar, and an API token
    /// of each municipality.
    /// </summary>
    private async Task<(Guid Hoechberg, Guid Rimpar, Guid Published, Guid TokenHoechberg, Guid TokenRimpar)> ArrangeAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenDataDb>();
        var now = DateTimeOffset.UtcNow;
        Dataset Draft(string name, string ags)
        {
            var fields = new DatasetFields("Datensatz " + name, "Beschreibung.", ["Test"], ["GOVE"], null, null, null, "cc-zero", null, null, null, [ags], "ANNUAL");
            var dataset = Dataset.Create(name, ags, fields, null, now);
            dataset.Distributions.Add(Distribution.ForLink(dataset.Id, "Link", "https://example.org/daten.csv", "CSV", "text/csv", now));
            db.Datasets.Add(dataset);
            return dataset;
        }

        var hoechberg = Draft("entwurf-hoechberg", Hoechberg);
        var rimpar = Draft("entwurf-rimpar", Rimpar);
        var published = Draft("veroeffentlicht-rimpar", Rimpar);
        published.Publish(now);
        var tokenHoechberg = ApiTokens.ApiToken.Issue(Hoechberg, "Fachverfahren", null, now).Token;
        var tokenRimpar = ApiTokens.ApiToken.Issue(Rimpar, "Fachverfahren", null, now).Token;
        db.ApiTokens.AddRange(tokenHoechberg, tokenRimpar);
        await db.SaveChangesAsync();
        return (hoechberg.Id, rimpar.Id, published.Id, tokenHoechberg.Id, tokenRimpar.Id);
    }
}
