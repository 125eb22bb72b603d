using System.Diagnostics;
using System.Globalization;

namespace SmartRegion.Bench.Datastore;

/// <summary>Latency samples and their percentiles.</summary>
internal static class Stopwatches
{
    public static async Task<double[]> SampleAsync(int warmup, int runs, Func<Task> action)
    {
        for (var i = 0; i < warmup; i++)
        {
            await action();
        }

        var samples = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await action();
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(samples);
        return samples;
    }

    public static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];

    public static string Ms(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
