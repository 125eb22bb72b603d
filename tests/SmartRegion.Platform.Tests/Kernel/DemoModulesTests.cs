using SmartRegion.Kernel.Seeding;

namespace SmartRegion.Platform.Tests.Kernel;

/// <summary><c>Seeding:DemoModules</c>: demo content of the modules named, reference data always.</summary>
public sealed class DemoModulesTests
{
    [Fact]
    public void without_a_list_every_demo_seeder_runs()
    {
        Assert.True(new SeedingOptions().Runs(new Seeder(isDemo: true)));
    }

    [Fact]
    public void a_demo_seeder_of_a_module_not_named_does_not_run()
    {
        var options = new SeedingOptions { DemoModules = ["Hub", "Help"] };

        Assert.False(options.Runs(new Seeder(isDemo: true)));
    }

    [Fact]
    public void a_demo_seeder_runs_when_its_module_is_named_in_any_case()
    {
        // This seeder's assembly is SmartRegion.Platform.Tests, so its module's name is Platform.Tests.
        var options = new SeedingOptions { DemoModules = ["Hub", "platform.tests"] };

        Assert.True(options.Runs(new Seeder(isDemo: true)));
    }

    [Fact]
    public void reference_data_is_seeded_whatever_the_list_says()
    {
        var options = new SeedingOptions { DemoModules = ["Hub"] };

        Assert.True(options.Runs(new Seeder(isDemo: false)));
    }

    private sealed class Seeder(bool isDemo) : ISeeder
    {
        public bool IsDemo => isDemo;

        public Task SeedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
