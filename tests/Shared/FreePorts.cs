using System.Net;
using System.Net.Sockets;

namespace RecruiterLiaison.Tests.Shared;

/// <summary>Loopback ports nobody listens on, for the processes tests start.</summary>
public static class FreePorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
