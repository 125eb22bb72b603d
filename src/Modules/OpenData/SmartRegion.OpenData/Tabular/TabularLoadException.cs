namespace SmartRegion.OpenData.Tabular;

/// <summary>The original file cannot be loaded as a table. <see cref="Code"/> names a text in <c>TabularText</c> (<c>Load.{Code}</c>).</summary>
internal sealed class TabularLoadException : Exception
{
    public TabularLoadException()
        : this("Unreadable")
    {
    }

    public TabularLoadException(string message)
        : base(message)
    {
        Code = "Unreadable";
        Arguments = [];
    }

    public TabularLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "Unreadable";
        Arguments = [];
    }

    private TabularLoadException(string code, object[] arguments, Exception? inner)
        : base("Load." + code + " " + string.Join(", ", arguments), inner)
    {
        Code = code;
        Arguments = arguments;
    }

    public string Code { get; }

    public IReadOnlyList<object> Arguments { get; }

    public static TabularLoadException Because(string code, params object[] arguments) => new(code, arguments, null);

    public static TabularLoadException Because(Exception inner, string code, params object[] arguments) => new(code, arguments, inner);
}
