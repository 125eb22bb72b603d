using System.Reflection;

namespace SmartRegion.Browser;

/// <summary>Finds the built <c>SmartRegion.Web.dll</c>: env <c>SMARTREGION_WEB_DLL</c>, else the Web project's output for this Configuration.</summary>
internal static class WebHostLocation
{
    public static string FindDll()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("SMARTREGION_WEB_DLL");
        var candidate = !string.IsNullOrWhiteSpace(fromEnvironment)
            ? fromEnvironment
            : typeof(WebHostLocation).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(a => a.Key == "SmartRegion.Web.Dll").Value;

        if (candidate is null || !File.Exists(candidate))
        {
            throw new FileNotFoundException(
                $"SmartRegion.Web.dll not found at '{candidate}'. Build tests/SmartRegion.Browser (it builds the Web project first) or set SMARTREGION_WEB_DLL.");
        }

        return candidate;
    }
}
