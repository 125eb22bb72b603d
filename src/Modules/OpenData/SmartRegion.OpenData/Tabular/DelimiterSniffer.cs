namespace SmartRegion.OpenData.Tabular;

/// <summary>
/// Picks the delimiter (<c>;</c>, tab or <c>,</c>) from the first lines: the candidate that occurs in the header and
/// occurs as often in most of the following lines wins. A German decimal comma does not fool it, since the header
/// holds no numbers. Quoted text is skipped.
/// </summary>
internal static class DelimiterSniffer
{
    private static readonly char[] Candidates = [';', '\t', ','];

    public static char Detect(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sample = new char[64 * 1024];
        var length = reader.ReadBlock(sample, 0, sample.Length);
        var lines = new List<int[]>();
        var counts = new int[Candidates.Length];
        var quoted = false;
        for (var i = 0; i < length && lines.Count < 50; i++)
        {
            var c = sample[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == '\n')
            {
                lines.Add(counts);
                counts = new int[Candidates.Length];
            }
            else if (!quoted)
            {
                var k = Array.IndexOf(Candidates, c);
                if (k >= 0)
                {
                    counts[k]++;
                }
            }
        }

        if (length < sample.Length && counts.Any(n => n > 0))
        {
            lines.Add(counts);
        }

        if (lines.Count == 0)
        {
            return ',';
        }

        var best = ',';
        var bestScore = -1.0;
        var bestCount = 0;
        for (var k = 0; k < Candidates.Length; k++)
        {
            var header = lines[0][k];
            if (header == 0)
            {
                continue;
            }

            var rest = lines.Skip(1).ToList();
            var score = rest.Count == 0 ? 1.0 : rest.Count(l => l[k] == header) / (double)rest.Count;
            if (score > bestScore || (score == bestScore && header > bestCount))
            {
                best = Candidates[k];
                bestScore = score;
                bestCount = header;
            }
        }

        return best;
    }
}
