using SmartRegion.Bench.HelpSearch;

// dotnet run --project bench/HelpSearch -c Release -- eval [--verbose]
// dotnet run --project bench/HelpSearch -c Release -- expand <count> <out.json>
// dotnet run --project bench/HelpSearch -c Release -- postgres <connection string> <offers.json> <queries.tsv> <seconds>
// dotnet run --project bench/HelpSearch -c Release -- rebuild <offers.json>
// dotnet run --project bench/HelpSearch -c Release -- wrk-script <queries.tsv> <out.lua>
// dotnet run --project bench/HelpSearch -c Release -- plan <query words>
var command = args.Length > 0 ? args[0] : "eval";
return command switch
{
    "eval" => Evaluation.Run(args.Contains("--verbose")),
    "expand" => Expansion.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args[2]),
    "postgres" => await PostgresComparison.RunAsync(args[1], args[2], args[3], double.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture)),
    "wrk-script" => WrkScript.Run(args[1], args[2]),
    "profile" => Profile.Run(args[1]),
    "plan" => Evaluation.Plan(string.Join(' ', args.Skip(1))),
    "rebuild" => await RebuildTiming.RunAsync(args[1]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: HelpSearch eval [--verbose] | expand <count> <out.json> | postgres <conn> <offers.json> <queries.tsv> <seconds> | rebuild <offers.json> | wrk-script <queries.tsv> <out.lua> | plan <words>");
    return 2;
}
