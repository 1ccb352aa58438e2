namespace Portfolio.FileSystem;

/// <summary>What a directory entry is, as the operating system reports it (without following a final symbolic link unless asked).</summary>
public enum FileKind
{
    Missing,
    Regular,
    Directory,
    SymbolicLink,
    Pipe,
    CharacterDevice,
    BlockDevice,
    Socket,
    Unknown,
}
