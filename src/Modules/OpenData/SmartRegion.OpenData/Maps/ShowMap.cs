using Microsoft.Extensions.Localization;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;
using SmartRegion.OpenData.Distributions;

namespace SmartRegion.OpenData.Maps;

/// <summary>
/// The map preview of a GeoJSON distribution: the file read, checked and laid out for drawing. A file that cannot be
/// drawn is a conflict with the reason in plain words, never an error page.
/// </summary>
internal static class ShowMap
{
    internal sealed record Response(VisibleDistribution.Found Distribution, GeoDocument Document, MapLayout Layout);

    public static async Task<Outcome<Response>> ExecuteAsync(string distributionId, OpenDataDb db, ICurrentPerson person, DistributionFiles files,
        MapOptions options, IStringLocalizer<MapText> text, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(text);
        var found = await VisibleDistribution.FindAsync(distributionId, db, person, ct);
        var file = found is { FormatCode: "GEOJSON" } ? await files.InfoAsync(found.StoragePath, ct) : null;
        if (found is null || file is null)
        {
            return Outcome<Response>.NotFound(text["NotFound"]);
        }

        if (file.Length > options.MaxFileBytes)
        {
            return Outcome<Response>.Conflict(text["Error.TooLarge", Megabytes(file.Length), Megabytes(options.MaxFileBytes)]);
        }

        GeoDocument document;
        try
        {
            await using var content = await files.OpenAsync(found.StoragePath, ct);
            if (content is null)
            {
                return Outcome<Response>.NotFound(text["NotFound"]);
            }

            document = await new GeoJsonReader(options).ReadAsync(content.Stream, ct);
        }
        catch (GeoJsonException e)
        {
            return Outcome<Response>.Conflict(text["Error." + e.Code, [.. e.Arguments]]);
        }

        return Outcome<Response>.Ok(new Response(found, document, new MapLayout(document.Min, document.Max, options)));
    }

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", System.Globalization.CultureInfo.CurrentCulture);
}
