using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Help.Freshness;
using SmartRegion.Help.Resources;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Csv;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Help.Gaps;

/// <summary>
/// „Wo fehlt Hilfe?“: the searches that most often found nothing or little over the last 30 or 90 days, for staff,
/// moderators and admins of any municipality and region admins. As a table or as CSV.
/// </summary>
internal static class ListSearchGaps
{
    public const int Top = 100;

    public static readonly int[] Periods = [30, 90];

    internal sealed record Item(string Query, int Searches, int ZeroResultSearches, int FewResultSearches);

    internal sealed record Response(int Days, DateOnly From, DateOnly To, IReadOnlyList<Item> Items);

    public static bool MaySee(ICurrentPerson person) =>
        person.IsSignedIn && (person.IsRegionAdmin || person.MunicipalitiesFor(HubRoles.Staff, HubRoles.Moderator)!.Count > 0);

    public static async Task<Outcome<Response>> ExecuteAsync(
        int? days, ICurrentPerson person, HelpDb db, TimeProvider time, IStringLocalizer<HelpStaffText> text, CancellationToken ct)
    {
        if (!MaySee(person))
        {
            return Outcome<Response>.Forbidden(text["Gaps.Forbidden"]);
        }

        var period = days ?? Periods[0];
        if (!Periods.Contains(period))
        {
            return Outcome<Response>.Invalid(new ValidationErrors().Add("days", text["Gaps.Days.Invalid"]));
        }

        var to = OfferFreshness.Today(time.GetUtcNow());
        var from = to.AddDays(-(period - 1));
        var rows = await db.SearchGaps.AsNoTracking().Where(g => g.Day >= from && g.Day <= to)
            .GroupBy(g => g.Query)
            .Select(g => new { Query = g.Key, Searches = g.Sum(x => x.Searches), Zero = g.Sum(x => x.ZeroResultSearches), Few = g.Sum(x => x.FewResultSearches) })
            .Where(i => i.Zero + i.Few > 0)
            .OrderByDescending(i => i.Zero + i.Few).ThenByDescending(i => i.Searches).ThenBy(i => i.Query)
            .Take(Top).ToListAsync(ct);
        return Outcome<Response>.Ok(new Response(period, from, to, [.. rows.Select(r => new Item(r.Query, r.Searches, r.Zero, r.Few))]));
    }

    public static byte[] Csv(Response response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var csv = new SafeCsv("query", "searches", "zero_results", "few_results");
        foreach (var i in response.Items)
        {
            csv.Row(i.Query, i.Searches, i.ZeroResultSearches, i.FewResultSearches);
        }

        return csv.ToUtf8();
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/search-gaps", async Task<Results<FileContentHttpResult, Ok<Response>, ValidationProblem, ForbiddenProblem>> (
                int? days, string? format, ICurrentPerson person, HelpDb db, TimeProvider time, IStringLocalizer<HelpStaffText> text, CancellationToken ct) =>
            {
                var csv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);
                if (!csv && format is not null && !string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = [text["Gaps.Format.Invalid"]] });
                }

                var outcome = await ExecuteAsync(days, person, db, time, text, ct);
                if (!outcome.IsOk)
                {
                    return outcome.Kind == OutcomeKind.Invalid ? outcome.ToValidationProblem() : outcome.ToForbidden();
                }

                return csv
                    ? TypedResults.File(Csv(outcome.Value!), SafeCsv.ContentType, $"wo-fehlt-hilfe-{outcome.Value!.Days}-tage.csv")
                    : TypedResults.Ok(outcome.Value!);
            })
            .WithName("ListSearchGaps")
            .WithSummary("Searches without good results (none or fewer than three offers), counted anonymously per day; days=30 or 90; format=json or csv.")
            .RequireAuthorization(HubPolicies.SignedIn);
}
