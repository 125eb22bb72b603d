using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

// The Hub's setting (Modules:Hub:PasswordHashIterations): PBKDF2 with HMAC-SHA512, 128-bit salt, 256-bit subkey.
var options = new PasswordHasherOptions { IterationCount = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 210_000 };
var hasher = new PasswordHasher<object>(Options.Create(options));
const string password = "ein langes Passwort 2026";
var user = new object();
for (var i = 0; i < 5; i++)
{
    hasher.HashPassword(user, password);
}

var hashTimes = new List<double>();
var verifyTimes = new List<double>();
string hash = "";
for (var i = 0; i < 40; i++)
{
    var watch = Stopwatch.StartNew();
    hash = hasher.HashPassword(user, password);
    hashTimes.Add(watch.Elapsed.TotalMilliseconds);
    watch.Restart();
    _ = hasher.VerifyHashedPassword(user, hash, password);
    verifyTimes.Add(watch.Elapsed.TotalMilliseconds);
}

static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
Console.WriteLine($"password hashing: PBKDF2-HMAC-SHA512, {options.IterationCount} iterations, format {options.CompatibilityMode}");
Console.WriteLine($"hash   median {Median(hashTimes):F1} ms (one core)");
Console.WriteLine($"verify median {Median(verifyTimes):F1} ms (one core) -> at most {1000 / Median(verifyTimes) * Environment.ProcessorCount:F0} sign-ins/s on {Environment.ProcessorCount} cores");
