using System.Net;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Portfolio.Serve;

/// <summary>
/// <c>portfolio serve</c>: builds the site in memory, serves it on 127.0.0.1 with Kestrel, rebuilds when
/// a content or theme file changes and tells open pages to reload (or to show the build errors while the
/// last good site stays up).
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    static readonly FileExtensionContentTypeProvider ContentTypes = new();

    /// <summary>How long stopping waits for a rebuild that is under way.</summary>
    static readonly TimeSpan StopWait = TimeSpan.FromSeconds(1);

    readonly PreviewBuilder builder;
    readonly ReloadHub hub = new();
    readonly Channel<string> changes = Channel.CreateUnbounded<string>();
    readonly ChangeWatcher watcher;
    readonly RebuildLoop loop;
    readonly CancellationTokenSource stopping = new();
    readonly WebApplication app;
    Task? looping;

    public PreviewServer(PreviewBuilder builder, IEnumerable<string> watchedFolders, int port, TimeSpan quietPeriod, TextWriter log, TimeProvider? time = null)
    {
        this.builder = builder;
        watcher = new ChangeWatcher(watchedFolders, changes.Writer);
        loop = new RebuildLoop(builder, hub, changes.Reader, quietPeriod, log, time);
        var web = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        web.Logging.ClearProviders();
        web.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        app = web.Build();
        // Open event streams end as soon as the server is asked to stop (Ctrl+C), not after a shutdown timeout.
        app.Lifetime.ApplicationStopping.Register(stopping.Cancel);
        app.Run(HandleAsync);
    }

    /// <summary>The address pages are served from, e.g. <c>http://127.0.0.1:8080/</c>; known once started.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Starts listening and watching. The first build must have run (see <see cref="PreviewBuilder.Rebuild"/>).</summary>
    public async Task StartAsync()
    {
        await app.StartAsync();
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Address = new Uri(bound.EndsWith('/') ? bound : bound + "/");
        looping = loop.RunAsync(stopping.Token);
    }

    /// <summary>Runs until Ctrl+C (or the process is asked to stop).</summary>
    public Task WaitForShutdownAsync() => app.WaitForShutdownAsync();

    async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        var response = http.Response;
        var path = request.Path.Value is { Length: > 0 } p ? p : "/";
        response.Headers.CacheControl = "no-store";
        if (!IsLocalHost(request.Host))
        {
            // A page on another site can point a name it controls at 127.0.0.1 (DNS rebinding) and read the
            // preview; only requests addressed to this machine by its own names are answered.
            response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }

        switch (path)
        {
            case ServeAssets.EventsPath:
                await StreamEventsAsync(http);
                return;
            case ServeAssets.ScriptPath:
                await SendAsync(http, StatusCodes.Status200OK, "text/javascript; charset=utf-8", ServeAssets.Script);
                return;
            case ServeAssets.StylePath:
                await SendAsync(http, StatusCodes.Status200OK, "text/css; charset=utf-8", ServeAssets.Style);
                return;
        }

        var state = builder.State;
        if (!state.HasSite)
        {
            await SendAsync(http, StatusCodes.Status503ServiceUnavailable, "text/html; charset=utf-8", ProblemPage.Render(state.Errors));
            return;
        }

        var key = path.EndsWith('/') ? path + "index.html" : path;
        if (state.Files.TryGetValue(key, out var file))
        {
            await SendFileAsync(http, StatusCodes.Status200OK, file, state.Version);
        }
        else if (state.Files.ContainsKey(path + "/index.html"))
        {
            response.StatusCode = StatusCodes.Status301MovedPermanently;
            response.Headers.Location = path + "/" + request.QueryString;
        }
        else if (state.Files.TryGetValue("/404.html", out var notFound))
        {
            await SendFileAsync(http, StatusCodes.Status404NotFound, notFound, state.Version);
        }
        else
        {
            response.StatusCode = StatusCodes.Status404NotFound;
        }
    }

    /// <summary>True for <c>127.0.0.1</c>, <c>localhost</c> and <c>[::1]</c> with the port the preview listens on.</summary>
    bool IsLocalHost(HostString host) =>
        host.Port == Address.Port && host.Host.ToLowerInvariant() is "127.0.0.1" or "localhost" or "[::1]";

    static Task SendFileAsync(HttpContext http, int status, Output.OutputFile file, int version)
    {
        var type = ContentTypes.TryGetContentType(file.Path, out var known) ? known : "application/octet-stream";
        if (file.IsHtml)
        {
            return SendAsync(http, status, "text/html; charset=utf-8", PageInjector.WithReloadScript(file.Bytes, version));
        }

        return SendAsync(http, status, type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("json", StringComparison.Ordinal) || type.EndsWith("xml", StringComparison.Ordinal)
            ? type + "; charset=utf-8" : type, file.Bytes);
    }

    static async Task SendAsync(HttpContext http, int status, string contentType, ReadOnlyMemory<byte> bytes)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = contentType;
        http.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(http.Request.Method))
        {
            await http.Response.Body.WriteAsync(bytes, http.RequestAborted);
        }
    }

    async Task StreamEventsAsync(HttpContext http)
    {
        http.Response.ContentType = "text/event-stream; charset=utf-8";
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, stopping.Token);
        await hub.StreamAsync(http.Response.Body, () => http.Response.Body.FlushAsync(stop.Token), builder.State, stop.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        watcher.Dispose();
        changes.Writer.TryComplete();
        if (looping is not null)
        {
            // A rebuild in progress is not waited for beyond a moment: Ctrl+C stops the preview at once.
            await Task.WhenAny(looping, Task.Delay(StopWait));
        }

        await app.StopAsync();
        await app.DisposeAsync();
        stopping.Dispose();
    }
}
