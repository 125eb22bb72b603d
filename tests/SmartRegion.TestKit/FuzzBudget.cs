using System.Globalization;

namespace SmartRegion.TestKit;

/// <summary>
/// How long the property-based fuzz tests run. In the normal suite: a fixed seed and a small number of inputs, so a
/// run is repeatable and adds seconds. <c>bench/run-fuzz.sh</c> sets <c>SMARTREGION_FUZZ_SECONDS</c> (a time budget per
/// property, fresh random seeds) and optionally <c>SMARTREGION_FUZZ_SEED</c> to replay a failure CsCheck printed.
/// </summary>
public static class FuzzBudget
{
    /// <summary>The seed of the normal suite's short run.</summary>
    public const string FixedSeed = "0N0XIzNsQ0O2";

    /// <summary>Seconds per property from <c>SMARTREGION_FUZZ_SECONDS</c>; -1 (count inputs instead) when unset.</summary>
    public static int Seconds =>
        int.TryParse(Environment.GetEnvironmentVariable("SMARTREGION_FUZZ_SECONDS"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s > 0 ? s : -1;

    /// <summary>The fixed seed, unless a timed run asks for random seeds or a given one.</summary>
    public static string? Seed =>
        Environment.GetEnvironmentVariable("SMARTREGION_FUZZ_SEED") is { Length: > 0 } seed ? seed
        : Seconds > 0 ? null
        : FixedSeed;

    /// <summary>Inputs per property in the normal suite (<c>SMARTREGION_FUZZ_ITER</c> overrides).</summary>
    public static long Iterations(long normal) =>
        long.TryParse(Environment.GetEnvironmentVariable("SMARTREGION_FUZZ_ITER"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : normal;
}
