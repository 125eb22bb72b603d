using System.Text.Json;
using SmartRegion.TestKit;

namespace SmartRegion.Help.Tests.Providers;

/// <summary>The review endpoints document every answer they give, taken from their signatures.</summary>
public sealed class ReviewApiDocumentationTests(ProviderHost host) : IntegrationTest<ProviderHost>(host), IClassFixture<ProviderHost>
{
    [Theory]
    [InlineData("/api/help/revisions/{id}/approve", "post", "200 400 403 404 409")] // 400: a reason longer than allowed
    [InlineData("/api/help/revisions", "post", "201 400 403")]
    [InlineData("/api/help/offers/{serviceId}/revisions", "post", "201 400 403 404")]
    public async Task a_review_endpoint_documents_each_answer_it_gives(string path, string method, string statuses)
    {
        using var document = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

        var responses = document.RootElement.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("responses");
        Assert.Equal(statuses.Split(' '), responses.EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal));
    }
}
