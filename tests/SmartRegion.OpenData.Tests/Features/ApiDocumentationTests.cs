using SmartRegion.TestKit;

namespace SmartRegion.OpenData.Tests.Features;

/// <summary>The OpenAPI document shows every answer an endpoint declares in its signature, problems as problem details.</summary>
public sealed class ApiDocumentationTests(OpenDataHost host) : IntegrationTest<OpenDataHost>(host), IClassFixture<OpenDataHost>
{
    [Theory]
    [InlineData("/api/opendata/datasets", "post", "201 400 403")]
    [InlineData("/api/opendata/datasets/{id}", "put", "200 400 403 404")]
    [InlineData("/api/opendata/datasets/{id}/distributions/files", "post", "201 400 403 404")]
    [InlineData("/api/opendata/datasets/{id}/publish", "post", "200 403 404 409 422")]
    [InlineData("/api/opendata/tokens", "get", "200 403")]
    public async Task an_endpoint_documents_each_answer_its_signature_declares(string path, string method, string statuses)
    {
        var answers = await OpenApiAnswers.OfAsync(Client, path, method);

        Assert.Equal(statuses.Split(' '), answers.Select(a => a.Status));
        Assert.All(answers.Where(a => a.Status[0] is '4'), a => Assert.True(a.IsProblem, $"{path} {a.Status}"));
    }
}
