// Progressive enhancement only: every page works without this file.
// Copy and share buttons for verification links (hidden until this script shows them),
// and focus on a quiz result so that screen readers announce it.
(function () {
	'use strict';

	function announce(button, text) {
		var status = button.closest('.share') && button.closest('.share').querySelector('.copy-status');
		if (status) {
			status.textContent = text;
		}
	}

	document.querySelectorAll('[data-copy]').forEach(function (button) {
		if (!navigator.clipboard) {
			return;
		}
		button.hidden = false;
		button.addEventListener('click', function () {
			var field = document.getElementById(button.getAttribute('data-copy-target'));
			navigator.clipboard.writeText(field.value).then(function () {
				announce(button, button.getAttribute('data-copied'));
			}, function () {
				field.select();
			});
		});
	});

	document.querySelectorAll('[data-share]').forEach(function (button) {
		if (!navigator.share) {
			return;
		}
		button.hidden = false;
		button.addEventListener('click', function () {
			navigator.share({
				title: button.getAttribute('data-share-title'),
				url: button.getAttribute('data-share-url')
			}).catch(function () { /* the person closed the share sheet */ });
		});
	});

	var result = document.getElementById('result');
	if (result && window.location.hash === '#result') {
		result.focus();
	}
})();

// --- authoring --- Moves focus to an error summary, as GOV.UK forms do, so that it is
// read out and its links are the next thing the keyboard reaches.
(function () {
	'use strict';
	var summary = document.querySelector('.error-summary');
	if (summary) {
		summary.focus();
	}
})();
