// Bare Kestrel plain-text baseline: the upper bound the home page's throughput is compared with.
var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/", () => "Hello");
app.Run();
