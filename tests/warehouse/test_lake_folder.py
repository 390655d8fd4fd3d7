"""An object store's write probe (warehouse/lake_folder.py check_store_writable): its own object, a
delete that finds it gone, and a store that fails once."""

from __future__ import annotations

import errno
import fnmatch

import pytest

from warehouse.lake_folder import LakeError, check_store_writable
from warehouse.os_errors import is_transient


class Store:
    """A lake URL's path on a store that takes every write; `unlink` runs `on_delete` first."""

    def __init__(self, on_delete=None, on_put=None) -> None:
        self.objects: set[str] = set()
        self.probes: list[str] = []
        self.on_delete, self.on_put = on_delete, on_put

    def __str__(self) -> str:
        return "s3://bucket/lake"

    def __truediv__(self, name: str) -> StoreObject:
        return StoreObject(self, name)


class StoreObject:
    def __init__(self, store: Store, name: str) -> None:
        self.store, self.name = store, name

    def write_bytes(self, data: bytes) -> None:
        if self.store.on_put:
            self.store.on_put()
        self.store.objects.add(self.name)
        self.store.probes.append(self.name)

    def unlink(self) -> None:
        if self.store.on_delete:
            self.store.on_delete(self.store)
        if self.name not in self.store.objects:
            raise FileNotFoundError(errno.ENOENT, "No such key", self.name)
        self.store.objects.remove(self.name)


def test_each_probe_is_an_object_of_its_own_that_recovery_deletes() -> None:
    # One fixed `.write-probe.tmp` for every writer: a second writer's delete of the first one's probe
    # made the first one's delete fail ("cannot write the lake").
    store = Store()
    check_store_writable(store, "s3://bucket/lake")
    check_store_writable(store, "s3://bucket/lake")
    first, second = store.probes
    assert first != second and not store.objects
    assert all(fnmatch.fnmatch(name, ".*.tmp*") for name in store.probes)  # as recover() deletes a cut-short write


def test_a_probe_deleted_by_another_writer_is_no_refusal() -> None:
    # recover() deleting `.*.tmp*` under another writer's lock, between this probe's put and delete:
    # a FileNotFoundError was "cannot write the lake".
    store = Store(on_delete=lambda store: store.objects.clear())
    check_store_writable(store, "s3://bucket/lake")


@pytest.mark.parametrize("error", [TimeoutError("read timed out"), ConnectionResetError(errno.ECONNRESET, "reset")],
                         ids=type)
def test_a_store_that_fails_once_is_a_transient_error_not_a_refusal(error) -> None:
    # A dropped connection or a timeout is raised as it is, not "cannot write the lake".
    def fail() -> None:
        raise error

    with pytest.raises(type(error)) as raised:
        check_store_writable(Store(on_put=fail), "s3://bucket/lake")
    assert raised.value is error and not isinstance(raised.value, LakeError)


def botocore_errors() -> list[Exception]:
    exceptions = pytest.importorskip("botocore.exceptions")
    url = "https://s3.example.com/bucket/lake/.write-probe.tmp"
    return [exceptions.ReadTimeoutError(endpoint_url=url), exceptions.ConnectTimeoutError(endpoint_url=url),
            exceptions.ConnectionClosedError(endpoint_url=url)]


@pytest.mark.parametrize("index", range(3), ids=["read_timeout", "connect_timeout", "connection_closed"])
def test_botocores_timeouts_and_dropped_connections_are_transient_not_a_refusal(index: int) -> None:
    # s3fs raises these as botocore gives them: each was "cannot write the lake" and failed the run unretried.
    error = botocore_errors()[index]

    def fail() -> None:
        raise error

    with pytest.raises((TimeoutError, ConnectionError)) as raised:
        check_store_writable(Store(on_put=fail), "s3://bucket/lake")
    assert is_transient(raised.value) and raised.value.__cause__ is error
    assert "s3.example.com" in str(raised.value)


def test_no_store_at_the_endpoint_is_a_refusal() -> None:
    exceptions = pytest.importorskip("botocore.exceptions")

    def fail() -> None:
        raise exceptions.EndpointConnectionError(endpoint_url="https://nowhere.example.com")

    with pytest.raises(LakeError, match="cannot write the lake s3://bucket/lake: Could not connect"):
        check_store_writable(Store(on_put=fail), "s3://bucket/lake")


def test_a_store_that_refuses_is_still_one_line() -> None:
    def refuse() -> None:
        raise PermissionError(errno.EACCES, "Access Denied")

    with pytest.raises(LakeError, match="cannot write the lake s3://bucket/lake: Access Denied"):
        check_store_writable(Store(on_put=refuse), "s3://bucket/lake")


@pytest.mark.parametrize("code, reason", [(errno.EINVAL, "InvalidRequest"), (errno.EPERM, "MethodNotAllowed"),
                                          (errno.EIO, "XMinioStorageFull")])
def test_a_refusal_s3fs_gives_as_a_plain_os_error_is_one_line(code: int, reason: str) -> None:
    # s3fs turns a store's lasting refusals into OSErrors of these errnos: no passing failure, one line
    def refuse() -> None:
        raise OSError(code, reason)

    with pytest.raises(LakeError, match=f"cannot write the lake s3://bucket/lake: {reason}"):
        check_store_writable(Store(on_put=refuse), "s3://bucket/lake")


def test_a_remote_folder_of_other_files_is_no_lake_as_a_local_one_is() -> None:
    # `run ... --lake s3://bucket/articles` wrote the lake among the articles; a local folder is refused.
    fsspec = pytest.importorskip("fsspec")
    pytest.importorskip("upath")
    from warehouse.lake_folder import make_lake_folder

    fs = fsspec.filesystem("memory")
    fs.pipe("/folder-bucket/arts/a.txt", b"An article.")
    fs.pipe("/folder-bucket/arts/sub/b.txt", b"Another.")
    fs.pipe("/folder-bucket/lake/_manifest.json", b"{}")
    fs.pipe("/folder-bucket/hidden/.notes", b"")
    try:
        with pytest.raises(LakeError, match=r"^the lake memory://folder-bucket/arts is a folder of other files "
                                            r"\(2, such as 'a.txt'\), not a lake: give --lake a new folder"):
            make_lake_folder("memory://folder-bucket/arts")
        for lake in ("lake", "new", "hidden"):  # a lake, a new folder, a folder of hidden files only
            assert str(make_lake_folder(f"memory://folder-bucket/{lake}")) == f"memory://folder-bucket/{lake}"
    finally:
        fs.rm("/folder-bucket", recursive=True)
