using System.Globalization;
using System.Text;

namespace SmartRegion.Bench.Datastore;

/// <summary>A CSV as a German office exports it: semicolons, UTF-8, decimal comma with thousands dots, dd.MM.yyyy dates.</summary>
internal static class DataGenerator
{
    public static readonly string[] Towns =
    [
        "Würzburg", "Höchberg", "Rimpar", "Veitshöchheim", "Gerbrunn", "Estenfeld", "Kürnach", "Margetshöchheim", "Zell a.Main",
        "Ochsenfurt", "Giebelstadt", "Eibelstadt", "Randersacker", "Reichenberg", "Waldbüttelbrunn", "Eisingen", "Kist", "Hettstadt",
        "Greußenheim", "Helmstadt", "Holzkirchen", "Uettingen", "Remlingen", "Altertheim", "Kleinrinderfeld", "Geroldshausen",
        "Kirchheim", "Gaukönigshofen", "Sommerhausen", "Winterhausen", "Frickenhausen", "Sulzfeld", "Theilheim", "Rottendorf",
        "Biebelried", "Eibelstadt-Süd", "Bergtheim", "Güntersleben", "Thüngersheim", "Erlabrunn", "Leinach", "Unterpleichfeld",
        "Oberpleichfeld", "Prosselsheim", "Hausen", "Dettelbach-Nord", "Bütthard", "Tauberrettersheim", "Röttingen", "Aub",
        "Riedenheim", "Gelchsheim",
    ];

    public static readonly string[] Categories = ["Wasser", "Strom", "Gas", "Abfall", "Verkehr", "Schule", "Kita", "Sport", "Kultur", "Soziales"];

    public const string Header = "Gemeinde;AGS;Kategorie;Stichtag;Betrag;Anzahl;Bemerkung";

    public static void Write(string path, int rows)
    {
        var german = CultureInfo.GetCultureInfo("de-DE");
        var random = new Random(20261126);
        var day = new DateOnly(2020, 1, 1);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write(Header + "\n");
        var line = new StringBuilder(128);
        for (var i = 0; i < rows; i++)
        {
            var town = random.Next(Towns.Length);
            line.Clear()
                .Append(Towns[town]).Append(';')
                .Append("0967").Append((9000 + town).ToString(CultureInfo.InvariantCulture)).Append(';')
                .Append(Categories[random.Next(Categories.Length)]).Append(';')
                .Append(day.AddDays(random.Next(1800)).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)).Append(';')
                .Append((random.Next(-500_000, 5_000_000) / 100m).ToString("#,##0.00", german)).Append(';')
                .Append(random.Next(0, 10_000).ToString(CultureInfo.InvariantCulture)).Append(';')
                .Append("Buchung ").Append(i.ToString(CultureInfo.InvariantCulture)).Append('\n');
            writer.Write(line);
        }
    }
}
