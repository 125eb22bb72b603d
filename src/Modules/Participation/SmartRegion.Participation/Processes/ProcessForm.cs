using System.Globalization;
using Microsoft.Extensions.Localization;
using SmartRegion.Participation.Resources;
using SmartRegion.Kernel.Time;

namespace SmartRegion.Participation.Processes;

/// <summary>The process form as posted: text fields as typed, turned into a request (dates and money parsed here).</summary>
internal sealed class ProcessForm
{
    public string? MunicipalityAgs { get; set; }

    public string? Title { get; set; }

    public string? Summary { get; set; }

    public string? Budget { get; set; }

    public string? VotingMethod { get; set; }

    public string? SupportThreshold { get; set; }

    public List<PhaseForm> Phases { get; set; } = [.. PhaseKinds.All.Select(k => new PhaseForm { Kind = k })];

    /// <summary>
    /// One row per known phase, in order, whatever was posted: a tampered post (a row without a kind, an unknown kind,
    /// rows with gaps) shows the form again instead of failing. Called before the page's first await.
    /// </summary>
    public ProcessForm WithPhases()
    {
        var posted = Phases ?? [];
        Phases = [.. PhaseKinds.All.Select(k => posted.FirstOrDefault(p => p?.Kind == k) ?? new PhaseForm { Kind = k })];
        return this;
    }

    public static ProcessForm From(GetProcess.Details details) => new()
    {
        MunicipalityAgs = details.MunicipalityAgs,
        Title = details.Title,
        Summary = details.Summary,
        Budget = details.Budget?.ToString("0.##", CultureInfo.GetCultureInfo("de-DE")),
        VotingMethod = details.VotingMethod,
        SupportThreshold = details.SupportThreshold?.ToString(CultureInfo.InvariantCulture),
        Phases = [.. PhaseKinds.All.Select(k => details.Phases.FirstOrDefault(p => p.Kind == k) is { } p
            ? new PhaseForm { Kind = k, Starts = Iso(BerlinDay.Of(p.StartsAt)), Ends = Iso(BerlinDay.Of(p.EndsAt).AddDays(-1)) }
            : new PhaseForm { Kind = k })],
    };

    /// <summary>Fills <paramref name="input"/>; what cannot be read is named in the returned errors (field, message key).</summary>
    public List<(string Field, string Key)> To(ProcessInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var unreadable = new List<(string, string)>();
        input.Title = Title;
        input.Summary = Summary;
        input.VotingMethod = VotingMethod;
        if (!string.IsNullOrWhiteSpace(Budget))
        {
            if (Money.TryParse(Budget, out var amount))
            {
                input.Budget = amount;
            }
            else
            {
                unreadable.Add((nameof(Budget), "Field.Budget.Unreadable"));
            }
        }

        if (!string.IsNullOrWhiteSpace(SupportThreshold))
        {
            if (int.TryParse(SupportThreshold.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var threshold))
            {
                input.SupportThreshold = threshold;
            }
            else
            {
                unreadable.Add((nameof(SupportThreshold), "Field.SupportThreshold.Unreadable"));
            }
        }

        input.Phases = [];
        foreach (var phase in Phases.Where(p => PhaseKinds.All.Contains(p.Kind ?? "")).DistinctBy(p => p.Kind))
        {
            var starts = Day(phase.Starts);
            var ends = Day(phase.Ends);
            if ((starts is null && !string.IsNullOrWhiteSpace(phase.Starts)) || (ends is null && !string.IsNullOrWhiteSpace(phase.Ends)))
            {
                unreadable.Add((ProcessInput.PhaseField(phase.Kind!), "Field.Phase.Unreadable"));
                continue;
            }

            input.Phases.Add(new PhaseInput { Kind = phase.Kind, Starts = starts, Ends = ends });
        }

        return unreadable;
    }

    /// <summary>What could not be read, with the other fields' errors, in form order; nothing is stored.</summary>
    public static IReadOnlyDictionary<string, string[]> Unreadable(List<(string Field, string Key)> unreadable, ProcessInput request, IStringLocalizer<ParticipationText> text)
    {
        var others = new SmartRegion.Kernel.Problems.ValidationErrors();
        request.Validate(others, text);
        var merged = new Dictionary<string, string[]>();
        foreach (var (field, key) in unreadable)
        {
            merged[field] = [text[key]];
        }

        foreach (var (field, messages) in others.ToDictionary())
        {
            merged.TryAdd(field, messages);
        }

        return merged;
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? Day(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
        : DateOnly.TryParseExact(value?.Trim(), "d.M.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out day) ? day : null;
}

internal sealed class PhaseForm
{
    public string? Kind { get; set; }

    public string? Starts { get; set; }

    public string? Ends { get; set; }
}
