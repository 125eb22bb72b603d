using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Help.Feedback;
using SmartRegion.TestKit;

namespace SmartRegion.Help.Tests.Pages;

public sealed class OfferFeedbackTests(HelpPagesHost host) : IntegrationTest<HelpPagesHost>(host), IClassFixture<HelpPagesHost>
{
    private const string FormPage = "/hilfe/angebote/" + DemoOffers.DebtAdvice + "/melden";
    private const string Form = "main form[method=post]";

    [Fact]
    public async Task the_form_asks_what_is_wrong_with_labelled_checkboxes_and_marks_text_and_email_as_optional()
    {
        var page = await GetPageAsync(FormPage);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Angaben veraltet? Melden", page.H1);
        Assert.Equal("Was stimmt nicht?", page.Document.QuerySelector("main fieldset legend")!.TextContent.Trim());
        var boxes = page.Document.QuerySelectorAll("main input[type=checkbox]").ToList();
        Assert.Equal(7, boxes.Count);
        Assert.All(boxes, b => Assert.NotNull(page.Document.QuerySelector($"label[for='{b.Id}']")));
        Assert.Contains("(freiwillig)", page.Document.QuerySelector("label[for=feld-comment]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("(freiwillig)", page.Document.QuerySelector("label[for=feld-contact-email]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Nur wenn Sie eine Antwort möchten", page.Document.GetElementById("feld-contact-email-hinweis")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task sending_the_form_empty_shows_the_error_summary_linked_to_the_choices_and_stores_nothing()
    {
        var page = await GetPageAsync(FormPage);

        var result = await HtmlPage.FromAsync(await page.SubmitAsync(Client, Form, new Dictionary<string, string>()), FormPage);

        Assert.StartsWith("Fehler: ", result.Title, StringComparison.Ordinal);
        var link = Assert.Single(result.ErrorSummaryLinks());
        Assert.Equal("feld-reasons", link.Target);
        Assert.NotNull(result.Document.GetElementById("feld-reasons"));
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task a_text_over_1000_characters_is_refused_and_the_choices_stay_ticked()
    {
        var page = await GetPageAsync(FormPage);

        var result = await HtmlPage.FromAsync(await page.SubmitAsync(Client, Form, new Dictionary<string, string>
        {
            ["Model.Hours"] = "true",
            ["Model.Comment"] = new string('x', 1001),
        }), FormPage);

        var link = Assert.Single(result.ErrorSummaryLinks());
        Assert.Equal("feld-comment", link.Target);
        Assert.Equal("Der Text darf höchstens 1000 Zeichen lang sein.", link.Text);
        Assert.True(result.Document.QuerySelector("#grund-hours")!.HasAttribute("checked"));
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task control_characters_and_a_wrong_email_are_explained_per_field()
    {
        var page = await GetPageAsync(FormPage);

        var result = await HtmlPage.FromAsync(await page.SubmitAsync(Client, Form, new Dictionary<string, string>
        {
            ["Model.Comment"] = "kaputt\u0001",
            ["Model.ContactEmail"] = "keine-adresse",
        }), FormPage);

        Assert.Equal(["feld-comment", "feld-contact-email"], result.ErrorSummaryLinks().Select(l => l.Target));
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task a_valid_report_is_stored_for_the_review_and_redirects_to_the_thank_you_message()
    {
        var page = await GetPageAsync(FormPage);

        var response = await page.SubmitAsync(Client, Form, new Dictionary<string, string>
        {
            ["Model.Phone"] = "true",
            ["Model.Hours"] = "true",
            ["Model.Comment"] = "Die Nummer ist jetzt 0931 12345.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(FormPage + "?gesendet=true", response.Headers.Location?.PathAndQuery);
        var thanks = await GetPageAsync(FormPage + "?gesendet=true");
        Assert.Equal("Vielen Dank für Ihre Meldung", thanks.H1);
        Assert.Null(thanks.Document.QuerySelector("main form"));
        var stored = await Host.QueryAsync(db => db.Set<OfferFeedback>().SingleAsync());
        Assert.Equal(DemoOffers.DebtAdvice, stored.ServiceId);
        Assert.Equal(["phone", "hours"], stored.ReasonCodes);
        Assert.Equal("Die Nummer ist jetzt 0931 12345.", stored.Comment);
        Assert.Null(stored.ContactEmail);
        Assert.Equal(HelpPagesHost.TuesdayMorning, stored.ReceivedAt);
    }

    [Fact]
    public async Task the_review_queue_lists_waiting_feedback_with_the_offer_name()
    {
        await Client.PostAsJsonAsync($"/api/help/services/{DemoOffers.DebtAdvice}/feedback", new { reasons = new[] { "ended" }, contactEmail = "erika@beispiel.de" });

        var queue = await Host.QueryAsync(db => ListOfferFeedback.ExecuteAsync(db, null, CancellationToken.None));
        var other = await Host.QueryAsync(db => ListOfferFeedback.ExecuteAsync(db, [DemoOffers.TelefonSeelsorge], CancellationToken.None));

        var item = Assert.Single(queue);
        Assert.Equal("Schuldner- und Insolvenzberatung", item.ServiceName);
        Assert.Equal(["ended"], item.Reasons);
        Assert.Equal("erika@beispiel.de", item.ContactEmail);
        Assert.Empty(other);
    }

    [Fact]
    public async Task the_api_stores_feedback_and_answers_created()
    {
        var response = await Client.PostAsJsonAsync($"/api/help/services/{DemoOffers.DebtAdvice}/feedback", new { reasons = new[] { "address" }, comment = "Umgezogen" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(1, await CountAsync());
    }

    [Theory]
    [InlineData("""{}""", "Reasons")]
    [InlineData("""{"reasons":["drop table"]}""", "Reasons")]
    [InlineData("""{"reasons":["phone"],"comment":"binär\u0000"}""", "Comment")]
    [InlineData("""{"reasons":["phone"],"contactEmail":"@@"}""", "ContactEmail")]
    public async Task the_api_answers_bad_input_with_a_validation_problem_and_stores_nothing(string json, string field)
    {
        var response = await Client.PostAsync(new Uri($"/api/help/services/{DemoOffers.DebtAdvice}/feedback", UriKind.Relative),
            new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _));
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task the_api_answers_an_unknown_offer_with_404_and_malformed_json_with_400_problem_details()
    {
        var unknown = await Client.PostAsJsonAsync("/api/help/services/00000000-0000-4000-8000-000000000000/feedback", new { reasons = new[] { "phone" } });
        var malformed = await Client.PostAsync(new Uri($"/api/help/services/{DemoOffers.DebtAdvice}/feedback", UriKind.Relative),
            new StringContent("{nicht json", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal("application/problem+json", malformed.Content.Headers.ContentType?.MediaType);
    }

    private Task<int> CountAsync() => Host.QueryAsync(db => db.Set<OfferFeedback>().CountAsync());
}
