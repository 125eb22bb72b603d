using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using SmartRegion.Help.Offers;
using SmartRegion.Help.Resources;
using SmartRegion.Help.Search;

namespace SmartRegion.Help.Finding;

/// <summary>
/// The search form's choice lists (places, categories, target groups, languages, accessibility, order). They change
/// only with the offers, so they are worked out once per index state and language instead of on every visit — the
/// database reads and the culture-aware sorting were most of the search page's cost. An offer change reaches every
/// node's index through the outbox, and with it the lists; taxonomy terms imported without a changed offer show up
/// within <see cref="MaxAge"/>. Before the index is ready nothing is kept.
/// </summary>
internal sealed class SearchChoices(SearchIndex index, PlaceDirectoryCache places, IServiceScopeFactory scopes, IStringLocalizer<HelpText> text, TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private static readonly string[] Groups = ["kinder", "jugendliche", "familien", "senioren", "frauen", "maenner", "gefluechtete", "behinderung", "angehoerige", "wohnungslose"];

    private readonly ConcurrentDictionary<string, Kept> _kept = new(StringComparer.Ordinal);
    private int _computed;

    /// <summary>How often the lists were worked out (not served from memory); the tests read it.</summary>
    public int Computed => Volatile.Read(ref _computed);

    public async Task<Lists> GetAsync(CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentUICulture.Name;
        var version = index.IsReady ? index.Version : -1;
        var now = time.GetUtcNow();
        if (version >= 0 && _kept.TryGetValue(culture, out var kept) && kept.Version == version && now - kept.At < MaxAge)
        {
            return kept.Lists;
        }

        var lists = await ComputeAsync(cancellationToken);
        Interlocked.Increment(ref _computed);
        if (version >= 0)
        {
            _kept[culture] = new Kept(version, now, lists);
        }

        return lists;
    }

    private async Task<Lists> ComputeAsync(CancellationToken cancellationToken)
    {
        var directory = await places.GetAsync(cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HelpDb>();
        var rows = await db.TaxonomyTerms.AsNoTracking().Where(t => t.Code != null).Select(t => new { t.Code, t.Name, t.ParentId, t.Id }).ToListAsync(cancellationToken);
        var terms = rows.Select(t => new { t.Code, Name = TopicNames.Of(t.Code, t.Name), t.ParentId, t.Id }).ToList();
        var tops = terms.Where(t => t.ParentId == null).OrderBy(t => t.Name.Text, StringComparer.CurrentCulture);
        var languages = await ListOfferLanguages.ExecuteAsync(db, text, cancellationToken);
        return new Lists(
            [("", text["Search.AnyPlace"]), .. directory.All.Select(m => (m.Ags, m.Name))],
            [new CategoryChoice("", text["Search.AnyCategory"], ""), .. tops.SelectMany(top =>
                new[] { new CategoryChoice(top.Code!, top.Name.Text, top.Code!, top.Name.Language) }.Concat(terms.Where(t => t.ParentId == top.Id).OrderBy(t => t.Name.Text, StringComparer.CurrentCulture).Select(t => new CategoryChoice(t.Code!, "– " + t.Name.Text, top.Code!, t.Name.Language))))],
            [("", text["Search.AnyGroup"]), .. Groups.Select(g => (g, text["Group." + g].Value))],
            [("", text["Search.AnyLanguage"]), .. languages.Select(l => (l.Value, l.Name))],
            [("", text["Search.AnyAccessibility"]), .. AccessibilityNames.Filterable.Select(a => (a, text["Access." + a].Value))],
            [("relevance", text["Search.SortRelevance"]), ("distance", text["Search.SortDistance"])]);
    }

    internal sealed record Lists(
        IReadOnlyList<(string Value, string Text)> Places,
        IReadOnlyList<CategoryChoice> Categories,
        IReadOnlyList<(string Value, string Text)> Groups,
        IReadOnlyList<(string Value, string Text)> Languages,
        IReadOnlyList<(string Value, string Text)> Accessibility,
        IReadOnlyList<(string Value, string Text)> Sorts);

    /// <summary>A topic (<see cref="Topic"/> equals <see cref="Value"/>) or one of its subtopics; <see cref="Language"/> is <c>de</c> for a German name on a page in another language.</summary>
    internal sealed record CategoryChoice(string Value, string Text, string Topic, string? Language = null);

    /// <summary>The choices whose name is German on a page in another language (their options carry <c>lang="de"</c>).</summary>
    public static IReadOnlySet<string> GermanCategories(Lists lists) =>
        lists.Categories.Where(c => c.Language is not null).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The topics, and the subtopics of the chosen topic only: a hundred subtopics would make the list most of the page.
    /// </summary>
    public static IReadOnlyList<(string Value, string Text)> CategoriesFor(Lists lists, string? chosen)
    {
        var family = chosen is null ? null : lists.Categories.FirstOrDefault(c => c.Value == chosen)?.Topic;
        return [.. lists.Categories
            .Where(c => c.Value.Length == 0 || c.Value == c.Topic || (family is not null && c.Topic == family))
            .Select(c => (c.Value, c.Text))];
    }

    private sealed record Kept(long Version, DateTimeOffset At, Lists Lists);
}
