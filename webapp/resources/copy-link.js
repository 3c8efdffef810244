// Copy buttons: a button with data-copy="<input id>" copies that field's value and says so.
document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-copy]');
    if (!button) {
        return;
    }
    var field = document.getElementById(button.getAttribute('data-copy'));
    var done = function () {
        var label = button.querySelector('.ui-button-text') || button;
        label.textContent = button.getAttribute('data-copied');
    };
    if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(done);
    } else {
        field.select();
        document.execCommand('copy');
        done();
    }
});
