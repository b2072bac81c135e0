// The page reads the REST API only: a customer's orders (GET /customers/{id}/orders, paged
// with nextCursor) and an order's detail (GET /orders/{id}). Text goes in with textContent.
'use strict';

const money = new Intl.NumberFormat('pt-BR', { style: 'currency', currency: 'BRL' });
const $ = (id) => document.getElementById(id);
let nextCursor = null;
let customerId = null;

async function api(path) {
	const response = await fetch(path, { headers: { Accept: 'application/json' } });
	const body = await response.json();
	if (!response.ok) {
		throw new Error(body.detail || body.title || ('HTTP ' + response.status));
	}
	return body;
}

function cell(row, text, className) {
	const td = document.createElement('td');
	td.textContent = (text === null || text === undefined) ? '' : String(text);
	if (className) {
		td.className = className;
	}
	row.appendChild(td);
	return td;
}

function when(timestamp) {
	return timestamp ? timestamp.replace('T', ' ') : '';
}

async function showCustomer(id) {
	$('message').textContent = '';
	$('order').hidden = true;
	try {
		const customer = await api('/customers/' + encodeURIComponent(id));
		customerId = id;
		$('customer-title').textContent = 'Customer ' + customer.customerId;
		$('customer-address').textContent = [customer.city, customer.state, customer.zipCodePrefix].join(', ');
		$('orders').querySelector('tbody').replaceChildren();
		nextCursor = null;
		await loadOrders();
		$('customer').hidden = false;
		history.replaceState(null, '', '?customer=' + encodeURIComponent(id));
	}
	catch (error) {
		$('customer').hidden = true;
		$('message').textContent = error.message;
	}
}

async function loadOrders() {
	const page = await api('/customers/' + encodeURIComponent(customerId) + '/orders?limit=10'
		+ (nextCursor ? '&cursor=' + encodeURIComponent(nextCursor) : ''));
	const body = $('orders').querySelector('tbody');
	for (const order of page.items) {
		const row = document.createElement('tr');
		const link = document.createElement('a');
		link.href = '#' + order.orderId;
		link.textContent = order.orderId;
		link.className = 'order-link';
		link.addEventListener('click', (event) => {
			event.preventDefault();
			showOrder(order.orderId);
		});
		cell(row, '').appendChild(link);
		cell(row, when(order.purchasedAt));
		cell(row, order.status).className = 'status';
		body.appendChild(row);
	}
	nextCursor = page.nextCursor;
	$('more-orders').hidden = !nextCursor;
}

async function showOrder(orderId) {
	try {
		const order = await api('/orders/' + encodeURIComponent(orderId));
		$('order-title').textContent = 'Order ' + order.orderId;
		const facts = $('order-facts');
		facts.replaceChildren();
		for (const [label, value] of [['Status', order.status], ['Purchased', when(order.purchasedAt)],
			['Delivered', when(order.deliveredToCustomerAt) || 'not yet'],
			['Items total', money.format(order.itemsTotal)], ['Freight total', money.format(order.freightTotal)],
			['Paid', money.format(order.paymentsTotal)]]) {
			const dt = document.createElement('dt');
			dt.textContent = label;
			const dd = document.createElement('dd');
			dd.textContent = value;
			dd.id = 'fact-' + label.toLowerCase().replace(' ', '-');
			facts.append(dt, dd);
		}
		const items = $('items').querySelector('tbody');
		items.replaceChildren();
		for (const item of order.items) {
			const row = document.createElement('tr');
			cell(row, item.itemNumber);
			cell(row, item.productId);
			cell(row, item.sellerId);
			cell(row, money.format(item.price), 'money');
			cell(row, money.format(item.freightValue), 'money');
			items.appendChild(row);
		}
		const payments = $('payments').querySelector('tbody');
		payments.replaceChildren();
		for (const payment of order.payments) {
			const row = document.createElement('tr');
			cell(row, payment.sequence);
			cell(row, payment.type);
			cell(row, payment.installments);
			cell(row, money.format(payment.value), 'money');
			payments.appendChild(row);
		}
		const reviews = $('reviews');
		reviews.replaceChildren();
		for (const review of order.reviews) {
			const li = document.createElement('li');
			li.textContent = '★'.repeat(review.score) + ' ' + (review.title || '') + ' ' + (review.message || '');
			reviews.appendChild(li);
		}
		$('order').hidden = false;
	}
	catch (error) {
		$('message').textContent = error.message;
	}
}

$('customer-form').addEventListener('submit', (event) => {
	event.preventDefault();
	showCustomer($('customer-id').value.trim());
});
$('more-orders').addEventListener('click', () => loadOrders().catch((error) => {
	$('message').textContent = error.message;
}));
const initial = new URLSearchParams(location.search).get('customer');
if (initial) {
	$('customer-id').value = initial;
	showCustomer(initial);
}
