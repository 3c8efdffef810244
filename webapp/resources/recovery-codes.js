// Copy of the recovery codes, and an address without the sign-in post: reloading must not post the
// password again, and the codes are not shown a second time.
document.addEventListener('DOMContentLoaded', function () {
    var page = document.getElementById('recoveryCodes');
    var codes = document.getElementById('codes');
    if (!page || !codes) {
        return;
    }
    history.replaceState(null, '', page.getAttribute('data-address'));
    var status = document.getElementById('copyStatus');
    var text = Array.prototype.map.call(codes.querySelectorAll('code'), function (code) {
        return code.textContent.trim();
    }).join('\n');
    document.getElementById('copyCodes').addEventListener('click', function () {
        var done = function () { status.textContent = status.getAttribute('data-copied'); };
        var failed = function () { status.textContent = status.getAttribute('data-failed'); };
        if (navigator.clipboard && navigator.clipboard.writeText) {
            navigator.clipboard.writeText(text).then(done, failed);
        } else {
            failed();
        }
    });
});
