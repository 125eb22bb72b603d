using SmartRegion.TestKit;

namespace SmartRegion.Help.Tests.Providers;

/// <summary>The review endpoints and the HSDS API document every answer they give, taken from their signatures.</summary>
public sealed class ReviewApiDocumentationTests(ProviderHost host) : IntegrationTest<ProviderHost>(host), IClassFixture<ProviderHost>
{
    [Theory]
    [InlineData("/api/help/revisions/{id}/approve", "post", "200 400 403 404 409")] // 400: a reason longer than allowed
    [InlineData("/api/help/revisions", "post", "201 400 403")]
    [InlineData("/api/help/offers/{serviceId}/revisions", "post", "201 400 403 404")]
    [InlineData("/api/help/imports", "post", "200 400 403 409 413")]
    [InlineData("/api/help/services/{id}", "get", "200 404")]
    [InlineData("/api/help/organizations/{id}", "get", "200 400 404")]
    [InlineData("/api/help/taxonomy_terms", "get", "200 400")]
    public async Task an_endpoint_documents_each_answer_it_gives(string path, string method, string statuses)
    {
        var answers = await OpenApiAnswers.OfAsync(Client, path, method);

        Assert.Equal(statuses.Split(' '), answers.Select(a => a.Status));
        Assert.All(answers.Where(a => a.Status[0] is '4'), a => Assert.True(a.IsProblem, $"{path} {a.Status}"));
    }
}
