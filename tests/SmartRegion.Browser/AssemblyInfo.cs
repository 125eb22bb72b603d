using SmartRegion.Browser;

// One host process and one browser for the whole run; every test opens its own browser context.
[assembly: AssemblyFixture(typeof(PlatformHost))]
[assembly: AssemblyFixture(typeof(ChromiumBrowser))]
