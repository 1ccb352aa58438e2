namespace Portfolio.FileSystem;

/// <summary>A file's device and inode, size, and change and modification times: equal identities mean unchanged contents.</summary>
public readonly record struct FileIdentity(uint DeviceMajor, uint DeviceMinor, ulong Inode, long Size, long ChangedNs, long ModifiedNs);
