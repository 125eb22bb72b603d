namespace SmartRegion.OpenData.Maps;

/// <summary>Why a GeoJSON file cannot be drawn. <see cref="Code"/> names a text in <c>MapText</c> (<c>Error.{Code}</c>).</summary>
internal sealed class GeoJsonException : Exception
{
    public GeoJsonException()
        : this("Invalid")
    {
    }

    public GeoJsonException(string message)
        : base(message)
    {
        Code = "Invalid";
        Arguments = [];
    }

    public GeoJsonException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "Invalid";
        Arguments = [];
    }

    private GeoJsonException(string code, object[] arguments, Exception? inner)
        : base("Error." + code + " " + string.Join(", ", arguments), inner)
    {
        Code = code;
        Arguments = arguments;
    }

    public string Code { get; }

    public IReadOnlyList<object> Arguments { get; }

    public static GeoJsonException Because(string code, params object[] arguments) => new(code, arguments, null);

    public static GeoJsonException Because(Exception inner, string code, params object[] arguments) => new(code, arguments, inner);
}
