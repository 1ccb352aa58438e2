namespace Portfolio.Output;

/// <summary>
/// Where the render stage puts each file as soon as it is made, so no build holds the whole site in memory:
/// a staging folder (<see cref="StagingSink"/>) for <c>build</c>, memory (<see cref="MemorySink"/>) for
/// <c>check</c>, the preview and tests. Safe to call from several threads.
/// </summary>
public interface IOutputSink
{
    void Add(OutputFile file);
}
