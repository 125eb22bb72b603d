using System.Diagnostics;
using System.Text.Json;
using Xunit;

namespace SmartRegion.TestKit;

/// <summary>
/// Reads iCalendar with an independent parser: Python's icalendar (Debian's <c>python3-icalendar</c>, which the test
/// script installs), for every test of a module's iCalendar output (event feeds and mails, Change Lab feeds). Missing
/// locally, the test is skipped with the reason; under CI=true it fails.
/// </summary>
public static class IcsParser
{
    private const string Script = """
        import json, sys
        from icalendar import Calendar
        cal = Calendar.from_ical(open(sys.argv[1], 'rb').read())
        events = [{'uid': str(e['UID']), 'summary': str(e['SUMMARY']), 'start': e.decoded('DTSTART').isoformat(),
                   'end': e.decoded('DTEND').isoformat(), 'status': str(e.get('STATUS', '')),
                   'location': str(e.get('LOCATION', '')), 'description': str(e.get('DESCRIPTION', '')),
                   'sequence': int(e.get('SEQUENCE', 0))} for e in cal.walk('VEVENT')]
        print(json.dumps({'name': str(cal.get('X-WR-CALNAME', '')), 'method': str(cal.get('METHOD', '')), 'events': events}))
        """;

    private static readonly string? Python = new[] { "/usr/bin/python3", "python3" }.FirstOrDefault(p => Run(p, "-c", "import icalendar").Code == 0);

    public static JsonElement Parse(string ics)
    {
        if (Python is null)
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail("Python 3 with icalendar (Debian package python3-icalendar) is missing; under CI=true this test must run.");
            }

            Assert.Skip("Python 3 with icalendar (Debian package python3-icalendar) is missing on this machine; the test is skipped.");
        }

        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, ics);
            var (code, output) = Run(Python!, "-c", Script, file);
            Assert.True(code == 0, output);
            return JsonDocument.Parse(output).RootElement.Clone();
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static (int Code, string Output) Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return (process.ExitCode, stdout.Result + stderr.Result);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (-1, "");
        }
    }
}
