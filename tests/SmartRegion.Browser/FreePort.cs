using System.Net;
using System.Net.Sockets;

namespace SmartRegion.Browser;

/// <summary>Asks the operating system for a loopback port nobody is listening on.</summary>
internal static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
