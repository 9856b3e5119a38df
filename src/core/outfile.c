/* outfile.c - writing a file whole or not at all (see outfile.h). */
#include "plenary/outfile.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int pl_outfile_write(const char *path, pl_outfile_writer write, void *ctx, char *tmp,
                     size_t tmp_size, struct pl_err *err)
{
	const char *slash = strrchr(path, '/');
	int dirlen = slash ? (int)(slash - path + 1) : 0;
	int n = snprintf(tmp, tmp_size, "%.*s.%s.XXXXXX", dirlen, path, slash ? slash + 1 : path);
	if (n < 0 || (size_t)n >= tmp_size) {
		tmp[0] = '\0';
		return pl_err_set(err, PL_EUSAGE, "the file name is too long: '%s'", path);
	}
	int fd = mkstemp(tmp);
	if (fd < 0) {
		int e = errno;
		tmp[0] = '\0';
		return pl_err_set(err, PL_EIO, "cannot write '%s': %s", path, strerror(e));
	}
	mode_t mask = umask(0);
	umask(mask);
	fchmod(fd, 0666 & ~mask);   /* as a new file would be, not mkstemp's 0600 */
	FILE *f = fdopen(fd, "w");
	int rc = f ? write(f, ctx, err)
	           : pl_err_set(err, PL_EIO, "cannot write '%s': %s", path, strerror(errno));
	if (!rc && (fflush(f) || fsync(fd)))
		rc = pl_err_set(err, PL_EIO, "cannot write '%s': %s", path, strerror(errno));
	if (f && fclose(f) && !rc)
		rc = pl_err_set(err, PL_EIO, "cannot write '%s': %s", path, strerror(errno));
	else if (!f)
		close(fd);
	if (!rc && rename(tmp, path))
		rc = pl_err_set(err, PL_EIO, "cannot write '%s': %s", path, strerror(errno));
	if (rc)
		unlink(tmp);
	tmp[0] = '\0';
	return rc;
}
